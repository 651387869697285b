# The client side of vnetlab's resident az server (io.vnetlab.az.AzServer), sourced by ./vnetlab and by tests:
# one az call sent over the loopback interface with bash's own /dev/tcp, so that a warm call starts no JVM and no
# other process but `cat`.

# az_call_server ENDPOINT_FILE DIRECTORY ARGS...
#   Sends the call (made in DIRECTORY, with this shell's $VNETLAB_STATE) to the server that ENDPOINT_FILE names and
#   prints its answer: standard error, then standard output. Sets az_server_answered=yes and returns the call's
#   exit code when a server of this build answered; otherwise (no endpoint, nobody listening, a server of an older
#   build) prints nothing and leaves az_server_answered empty, so that the caller starts a server or a JVM of its own.
az_call_server() {
  local endpoint="$1" dir="$2" port token pid code errlen err
  shift 2
  az_server_answered=""
  [ -r "$endpoint" ] || return 1
  read -r port token pid < "$endpoint" 2>/dev/null || return 1
  [[ "$port" =~ ^[0-9]+$ ]] || return 1
  { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 1
  if ! printf '%s\0' "$token" "$dir" "${VNETLAB_STATE:-}" "$#" "$@" >&3 2>/dev/null \
      || ! IFS=' ' read -r code errlen <&3 || ! [[ "$code" =~ ^[0-9]+$ && "$errlen" =~ ^[0-9]+$ ]]; then
    exec 3<&-
    return 1
  fi
  az_server_answered="yes"
  if [ "$errlen" -gt 0 ]; then
    # byte count: read in the C locale, where one character is one byte
    LC_ALL=C IFS= read -r -N "$errlen" err <&3
    printf '%s' "$err" >&2
  fi
  cat <&3
  exec 3<&-
  return "$code"
}
