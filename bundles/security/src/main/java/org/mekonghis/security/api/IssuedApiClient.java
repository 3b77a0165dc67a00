package org.mekonghis.security.api;

/**
 * A new API client with its token.
 *
 * @param client the stored client
 * @param token  the bearer token ({@code mkc_...}), shown once; only its hash is stored
 * @since 1.0
 */
public record IssuedApiClient(ApiClientDto client, String token) {

    @Override
    public String toString() {
        return "IssuedApiClient[client=" + client.id() + "]";
    }
}
