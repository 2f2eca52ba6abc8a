/** Write-key authentication: HTTP Basic or writeKey in the body, compared in constant time. */
package io.eventplan.collector.auth;
