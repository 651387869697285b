package io.vnetlab.controlplane;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * What a PUT may find: {@link #CREATE} refuses a resource that already exists ({@code ResourceAlreadyExists}), as the
 * Java DSL's {@code define(...).create()} does; {@link #CREATE_OR_UPDATE} replaces it, as an ARM template deployment
 * and the CLI's {@code create} commands do. <b>API.</b>
 */
@API(status = MAINTAINED, since = "0.1")
public enum PutMode {
    CREATE, CREATE_OR_UPDATE
}
