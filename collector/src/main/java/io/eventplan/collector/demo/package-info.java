/** The demo login: demo users with PBKDF2-hashed passwords, POST /demo/login and the login page's files. */
package io.eventplan.collector.demo;
