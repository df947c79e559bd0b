#!/usr/bin/env bash
# Defines and starts the networks and VMs of win1 in libvirt. Set LIBVIRT_DEFAULT_URI to use another connection.
# Pass --dry-run to print the commands instead of running them.
# Values are single-quoted on purpose, so $ and \ in them stay literal:
# shellcheck disable=SC1003,SC2016
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

dry_run=false
if [[ ${1:-} == --dry-run ]]; then
  dry_run=true
fi

run() {
  if "$dry_run"; then
    printf '%q ' "$@"
    printf '\n'
  else
    "$@"
  fi
}
uri=${LIBVIRT_DEFAULT_URI:-hyperv://10.20.0.21}

start_network() {
  if "$dry_run" || ! virsh -c "$uri" net-info "$1" | grep -E '^Active: +yes' >/dev/null; then
    run virsh -c "$uri" net-start "$1"
  fi
}

start_domain() {
  if "$dry_run" || ! virsh -c "$uri" domstate "$1" | grep running >/dev/null; then
    run virsh -c "$uri" start "$1"
  fi
}

# network lan
run virsh -c "$uri" net-define networks/lan.xml
run virsh -c "$uri" net-autostart lan
start_network lan

# vm ad
run virsh -c "$uri" define ad.xml
run virsh -c "$uri" autostart ad
start_domain ad
