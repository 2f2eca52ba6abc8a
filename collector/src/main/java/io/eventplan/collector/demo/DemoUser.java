package io.eventplan.collector.demo;

/** A demo account: its id, the traits the page sends with identify, and its stored password. */
public record DemoUser(String id, String email, String name, String role, PasswordHash password) {}
