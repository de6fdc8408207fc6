package org.mcpstreams.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.mcpstreams.testsupport.AdjustableClock;

/** Test deployments: the WAR the build produced, plus the test support and the given config. */
final class Deployments {

    private Deployments() {
    }

    /**
     * The WAR this build ships.
     *
     * @param config lines of {@code microprofile-config.properties} for this deployment
     */
    static WebArchive mcpStreams(String name, String... config) {
        return withTestSupport(ShrinkWrap.create(ZipImporter.class, name + ".war")
                .importFrom(new File("target/mcp-streams.war"))
                .as(WebArchive.class), config);
    }

    /**
     * Another application's WAR that has the build's plain classes jar in {@code WEB-INF/lib} and
     * injects the registry from it, as a library user would.
     */
    static WebArchive applicationUsingTheLibrary(String name, String... config) {
        return withTestSupport(ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsLibrary(new File("target/mcp-streams-classes.jar"))
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml"), config);
    }

    private static WebArchive withTestSupport(WebArchive war, String... config) {
        return war.addClasses(AdjustableClock.class, TestClockProducer.class, TestSupportResource.class,
                        TestTools.class, ClientRequestSupport.class,
                        FeatureSupportResource.class)
                .addAsResource(new StringAsset("mcp.demo.enabled=false\n" + String.join("\n", config) + "\n"),
                        "META-INF/microprofile-config.properties");
    }
}
