#!/usr/bin/env bash
# Defines and starts the networks and VMs of node1 in libvirt. Set LIBVIRT_DEFAULT_URI to use another connection.
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
uri=${LIBVIRT_DEFAULT_URI:-qemu+ssh://192.168.10.11/system}

start_network() {
  if "$dry_run" || ! virsh -c "$uri" net-info "$1" | grep -Eq '^Active: +yes'; then
    run virsh -c "$uri" net-start "$1"
  fi
}

start_domain() {
  if "$dry_run" || ! virsh -c "$uri" domstate "$1" | grep -q running; then
    run virsh -c "$uri" start "$1"
  fi
}

# files of vm db
run ssh 192.168.10.11 'mkdir -p /var/lib/libvirt/images/berth/db'
run scp $ROOT/examples/webshop/images/ubuntu-24.04.qcow2 192.168.10.11:/var/lib/libvirt/images/berth/db/root.qcow2
run ssh 192.168.10.11 'sh -c '\''if [ ! -e "$1" ]; then shift; exec "$@"; fi'\'' sh /var/lib/libvirt/images/berth/db/data.img qemu-img create -f raw /var/lib/libvirt/images/berth/db/data.img 214748364800'

# network front
run virsh -c "$uri" net-define networks/front.xml
run virsh -c "$uri" net-autostart front
start_network front

# vm db
run virsh -c "$uri" define db.xml
run virsh -c "$uri" autostart db
start_domain db
