package io.vnetlab.controlplane;

/**
 * What a PUT may find: {@link #CREATE} refuses a resource that already exists ({@code ResourceAlreadyExists}), as the
 * Java DSL's {@code define(...).create()} does; {@link #CREATE_OR_UPDATE} replaces it, as an ARM template deployment
 * and the CLI's {@code create} commands do. <b>API.</b>
 */
public enum PutMode {
    CREATE, CREATE_OR_UPDATE
}
