package org.mcpstreams.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Test deployments: the WAR the build produced, plus the test support and the given config. */
final class Deployments {

    private Deployments() {
    }

    /** @param config lines of {@code microprofile-config.properties} for this deployment */
    static WebArchive mcpStreams(String name, String... config) {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, name + ".war")
                .importFrom(new File("target/mcp-streams.war"))
                .as(WebArchive.class)
                .addClasses(AdjustableClock.class, TestClockProducer.class, TestSupportResource.class);
        war.addAsResource(new StringAsset(String.join("\n", config) + "\n"), "META-INF/microprofile-config.properties");
        return war;
    }
}
