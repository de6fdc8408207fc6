package org.mcpstreams.bench.load;

import java.util.Properties;

/** A benchmark run's {@code key=value} arguments. */
final class Arguments {

    private final Properties given = new Properties();

    Arguments(String[] args) {
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("not key=value: " + arg);
            }
            given.setProperty(arg.substring(0, eq), arg.substring(eq + 1));
        }
    }

    String text(String key, String otherwise) {
        return given.getProperty(key, otherwise);
    }

    int integer(String key, int otherwise) {
        return Integer.parseInt(text(key, String.valueOf(otherwise)));
    }

    long number(String key, long otherwise) {
        return Long.parseLong(text(key, String.valueOf(otherwise)));
    }

    double decimal(String key, double otherwise) {
        return Double.parseDouble(text(key, String.valueOf(otherwise)));
    }

    /** @throws IllegalArgumentException when the argument is missing */
    String required(String key) {
        String value = given.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("missing argument " + key + "=…");
        }
        return value;
    }
}
