package io.eventplan.examples.differential;

/**
 * One generated payload and what it should get.
 *
 * @param json the payload exactly as both judges read it
 * @param valid whether it follows the plan
 * @param path where the mutation broke a rule (a JSON Pointer); null when valid
 * @param rule the rule it broke, as the Java validators name it; null when valid
 * @param exactNumbers whether a number in it means something else to a reader that rounds numbers to doubles,
 *     such as JavaScript's JSON.parse (1.0000000000000000001, 9223372036854775808, 1e400)
 */
record Payload(Target target, String json, boolean valid, Mutation mutation, String path, String rule,
    boolean exactNumbers) {}
