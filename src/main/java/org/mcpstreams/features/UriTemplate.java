package org.mcpstreams.features;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An RFC 6570 URI template of simple {@code {name}} variables (level 1), matched against URIs: a
 * variable takes one or more characters other than {@code /}, {@code ?} and {@code #}.
 */
final class UriTemplate {

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

    private final String template;
    private final Pattern pattern;
    private final List<String> variables;

    /** @throws IllegalArgumentException when a variable is not of the simple form */
    UriTemplate(String template) {
        this.template = template;
        List<String> names = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        Matcher matcher = VARIABLE.matcher(template);
        int last = 0;
        while (matcher.find()) {
            regex.append(Pattern.quote(template.substring(last, matcher.start()))).append("([^/?#]+)");
            names.add(matcher.group(1));
            last = matcher.end();
        }
        String rest = template.substring(last);
        if (rest.contains("{") || template.substring(0, Math.max(0, last)).replaceAll(VARIABLE.pattern(), "").contains("{")) {
            throw new IllegalArgumentException("URI template " + template + " has a variable that is not a simple {name}");
        }
        this.pattern = Pattern.compile(regex.append(Pattern.quote(rest)).toString());
        this.variables = List.copyOf(names);
    }

    /** The variables' names, in order. */
    List<String> variables() {
        return variables;
    }

    /** The variables' values when {@code uri} matches; empty otherwise. */
    Optional<Map<String, String>> match(String uri) {
        Matcher matcher = pattern.matcher(uri);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        try {
            for (int i = 0; i < variables.size(); i++) {
                values.put(variables.get(i), URLDecoder.decode(matcher.group(i + 1).replace("+", "%2B"),
                        StandardCharsets.UTF_8));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a malformed %-escape: not a URI this template names
        }
        return Optional.of(values);
    }

    @Override
    public String toString() {
        return template;
    }
}
