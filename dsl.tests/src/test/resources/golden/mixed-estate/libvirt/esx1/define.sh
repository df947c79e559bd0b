#!/usr/bin/env bash
# Defines and starts the networks and VMs of esx1 in libvirt. Set LIBVIRT_DEFAULT_URI to use another connection.
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
uri=${LIBVIRT_DEFAULT_URI:-esx://10.20.0.31}

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

# files of vm vcenter
run ssh 10.20.0.31 'mkdir -p /vmfs/volumes/datastore1/vcenter'
run ssh 10.20.0.31 'sh -c '\''if [ ! -e "$1" ]; then shift; exec "$@"; fi'\'' sh /vmfs/volumes/datastore1/vcenter/root.vmdk vmkfstools -c 214748364800 -d thin /vmfs/volumes/datastore1/vcenter/root.vmdk'

# files of vm erp
run ssh 10.20.0.31 'mkdir -p /vmfs/volumes/datastore1/erp'
run ssh 10.20.0.31 'sh -c '\''if [ ! -e "$1" ]; then shift; exec "$@"; fi'\'' sh /vmfs/volumes/datastore1/erp/root.vmdk vmkfstools -c 128849018880 -d thin /vmfs/volumes/datastore1/erp/root.vmdk'
run ssh 10.20.0.31 'sh -c '\''if [ ! -e "$1" ]; then shift; exec "$@"; fi'\'' sh /vmfs/volumes/datastore1/erp/data.vmdk vmkfstools -c 1099511627776 -d thin /vmfs/volumes/datastore1/erp/data.vmdk'

# network lan
run virsh -c "$uri" net-define networks/lan.xml
run virsh -c "$uri" net-autostart lan
start_network lan

# vm vcenter
run virsh -c "$uri" define vcenter.xml
run virsh -c "$uri" autostart vcenter
start_domain vcenter

# vm erp
run virsh -c "$uri" define erp.xml
run virsh -c "$uri" autostart erp
start_domain erp
