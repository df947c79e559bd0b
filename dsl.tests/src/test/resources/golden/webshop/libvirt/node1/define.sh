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
  if "$dry_run" || ! virsh -c "$uri" net-info "$1" | grep -E '^Active: +yes' >/dev/null; then
    run virsh -c "$uri" net-start "$1"
  fi
}

start_domain() {
  if "$dry_run" || ! virsh -c "$uri" domstate "$1" | grep running >/dev/null; then
    run virsh -c "$uri" start "$1"
  fi
}

make_seed() {
  if "$dry_run"; then
    printf 'build the cloud-init seed %s from %s\n' "$2" "$1"
  elif command -v cloud-localds >/dev/null; then
    cloud-localds -N "$1/network-config" "$2" "$1/user-data" "$1/meta-data"
  elif command -v xorriso >/dev/null; then
    xorriso -as mkisofs -quiet -output "$2" -volid cidata -joliet -rock "$1/user-data" "$1/meta-data" "$1/network-config"
  elif command -v genisoimage >/dev/null; then
    genisoimage -quiet -output "$2" -volid cidata -joliet -rock "$1/user-data" "$1/meta-data" "$1/network-config"
  else
    echo "building the cloud-init seed $2 needs cloud-localds (package cloud-image-utils), xorriso or genisoimage" >&2
    exit 1
  fi
}

# files of vm db
run ssh 192.168.10.11 'mkdir -p /var/lib/libvirt/images/berth/db'
run scp $ROOT/examples/webshop/images/ubuntu-24.04.qcow2 192.168.10.11:/var/lib/libvirt/images/berth/db/root.qcow2
run ssh 192.168.10.11 'sh -c '\''if [ ! -e "$1" ]; then shift; exec "$@"; fi'\'' sh /var/lib/libvirt/images/berth/db/data.img qemu-img create -f raw /var/lib/libvirt/images/berth/db/data.img 214748364800'
run scp $ROOT/examples/webshop/isos/tools.iso 192.168.10.11:/var/lib/libvirt/images/berth/db/tools.iso

# cloud-init seed of vm db
run ssh 192.168.10.11 'mkdir -p /var/lib/libvirt/images/berth/db'
seed_iso=$(mktemp -d)/seed.iso
make_seed db.seed "$seed_iso"
run scp "$seed_iso" 192.168.10.11:/var/lib/libvirt/images/berth/db/seed-786727d3.iso
rm -rf "$(dirname "$seed_iso")"

# network front
run virsh -c "$uri" net-define networks/front.xml
run virsh -c "$uri" net-autostart front
start_network front

# network lan
run virsh -c "$uri" net-define networks/lan.xml
run virsh -c "$uri" net-autostart lan
start_network lan

# vm db
run virsh -c "$uri" define db.xml
run virsh -c "$uri" autostart db
start_domain db
