package org.mcpstreams.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mcpstreams.api.Arg;
import org.mcpstreams.api.Prompt;
import org.mcpstreams.api.Tool;
import org.mcpstreams.testsupport.JsonText;

/**
 * The arguments a tool mirrors into {@code Mcp-Param-*} headers: which schemas may mark them, and
 * which headers a call's arguments ask for.
 */
class MirroredParamsTest {

    @SuppressWarnings("unused")
    public static final class Tools {
        @Tool
        public String route(@Arg(header = "Region") String region, @Arg(header = "Shard") Optional<Integer> shard,
                @Arg(header = "Dry-Run") boolean dryRun, String query) {
            return region;
        }

        @Tool
        public String doubled(@Arg(header = "Region") String region, @Arg(header = "REGION") String again) {
            return region;
        }

        @Tool
        public String fractional(@Arg(header = "Ratio") double ratio) {
            return "";
        }

        @Tool
        public String spaced(@Arg(header = "My Region") String region) {
            return region;
        }

        @Prompt
        public String prompted(@Arg(header = "Topic") String topic) {
            return topic;
        }
    }

    @Test
    void annotatedArgumentsAreMarkedInTheSchemaAndTheirValuesAsked() {
        ToolMethod tool = ToolMethod.of(Beans.method(Tools.class, "route"));
        String schema = tool.definition().inputSchema().toString();
        assertTrue(schema.contains("\"region\":{\"type\":\"string\",\"x-mcp-header\":\"Region\"}"), schema);
        assertTrue(schema.contains("\"query\":{\"type\":\"string\"}"), schema);
        MirroredParams params = MirroredParams.of(tool.definition().inputSchema());
        assertEquals("{Mcp-Param-Region=\"eu\", Mcp-Param-Shard=7, Mcp-Param-Dry-Run=true}",
                params.expected(JsonText.object("{\"region\":\"eu\",\"shard\":7,\"dryRun\":true,\"query\":\"q\"}"))
                        .toString());
    }

    @Test
    void argumentLeftOutOrNullAsksForTheHeaderToBeAbsent() {
        MirroredParams params = MirroredParams.of(ToolMethod.of(Beans.method(Tools.class, "route")).definition()
                .inputSchema());
        assertEquals("{Mcp-Param-Region=\"eu\", Mcp-Param-Shard=null, Mcp-Param-Dry-Run=null}",
                params.expected(JsonText.object("{\"region\":\"eu\",\"shard\":null}")).toString());
    }

    @Test
    void nestedPropertyReachedThroughPropertiesAloneIsMirroredFromItsPath() {
        MirroredParams params = MirroredParams.of(JsonText.object("{\"type\":\"object\",\"properties\":{\"target\":"
                + "{\"type\":\"object\",\"properties\":{\"zone\":{\"type\":\"string\",\"x-mcp-header\":\"Zone\"}}}}}"));
        assertEquals("{Mcp-Param-Zone=\"z1\"}",
                params.expected(JsonText.object("{\"target\":{\"zone\":\"z1\"}}")).toString());
        assertEquals("{Mcp-Param-Zone=null}", params.expected(JsonText.object("{\"target\":\"z1\"}")).toString());
    }

    @Test
    void headerNamedTwiceRegardlessOfCaseIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ToolMethod.of(Beans.method(Tools.class, "doubled")));
        assertTrue(refused.getMessage().contains("\"REGION\" is given twice"), refused.getMessage());
    }

    @Test
    void numberArgumentCannotBeMirrored() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ToolMethod.of(Beans.method(Tools.class, "fractional")));
        assertTrue(refused.getMessage().contains("only string, integer and boolean"), refused.getMessage());
    }

    @Test
    void headerNameThatIsNoHttpTokenIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ToolMethod.of(Beans.method(Tools.class, "spaced")));
        assertTrue(refused.getMessage().contains("\"My Region\" of region is not an HTTP token"), refused.getMessage());
    }

    @Test
    void emptyOrNonStringHeaderNameIsRefused() {
        for (String name : new String[] {"\"\"", "7"}) {
            assertThrows(IllegalArgumentException.class, () -> MirroredParams.of(JsonText.object(
                    "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\",\"x-mcp-header\":" + name + "}}}")));
        }
    }

    @Test
    void markUnderItemsOrCompositionIsRefused() {
        for (String schema : new String[] {
            "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"array\",\"items\":{\"type\":\"string\","
                    + "\"x-mcp-header\":\"A\"}}}}",
            "{\"type\":\"object\",\"oneOf\":[{\"properties\":{\"a\":{\"type\":\"string\",\"x-mcp-header\":\"A\"}}}]}",
            "{\"type\":\"object\",\"$defs\":{\"a\":{\"type\":\"string\",\"x-mcp-header\":\"A\"}}}"}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> MirroredParams.of(JsonText.object(schema)), schema);
            assertTrue(refused.getMessage().contains("through \"properties\" alone"), refused.getMessage());
        }
    }

    @Test
    void propertyThatIsMerelyNamedLikeTheKeywordIsNoMark() {
        assertTrue(MirroredParams.of(JsonText.object("{\"type\":\"object\",\"properties\":{\"x-mcp-header\":"
                + "{\"type\":\"string\"}}}")).isEmpty());
    }

    @Test
    void runtimeToolWithAnInvalidMarkIsRefusedNamingTheTool() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new ToolEntry(
                org.mcpstreams.api.ToolDefinition.of("bad", null, JsonText.object("{\"type\":\"object\",\"properties\":"
                        + "{\"a\":{\"type\":\"object\",\"x-mcp-header\":\"A\"}}}")), (arguments, context) -> null));
        assertTrue(refused.getMessage().startsWith("Tool bad: "), refused.getMessage());
    }

    @Test
    void promptArgumentCannotNameAHeader() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> PromptMethod.of(Beans.method(Tools.class, "prompted")));
        assertTrue(refused.getMessage().contains("only a tool's arguments are mirrored"), refused.getMessage());
    }
}
