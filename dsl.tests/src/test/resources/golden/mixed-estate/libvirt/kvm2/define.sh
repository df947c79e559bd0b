#!/usr/bin/env bash
# Defines and starts the networks and VMs of kvm2 in libvirt. Set LIBVIRT_DEFAULT_URI to use another connection.
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
uri=${LIBVIRT_DEFAULT_URI:-qemu+ssh://10.20.0.12/system}

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

# files of vm builder
run ssh 10.20.0.12 'mkdir -p /var/lib/libvirt/images/berth/builder'
run ssh 10.20.0.12 'sh -c '\''if [ ! -e "$1" ]; then shift; exec "$@"; fi'\'' sh /var/lib/libvirt/images/berth/builder/scratch.qcow2 qemu-img create -f qcow2 /var/lib/libvirt/images/berth/builder/scratch.qcow2 21474836480'
run scp $ROOT/examples/mixed-estate/boot/vmlinuz-virt 10.20.0.12:/var/lib/libvirt/images/berth/builder/vmlinuz-virt
run scp $ROOT/examples/mixed-estate/boot/initramfs-virt 10.20.0.12:/var/lib/libvirt/images/berth/builder/initramfs-virt

# cloud-init seed of vm builder
run ssh 10.20.0.12 'mkdir -p /var/lib/libvirt/images/berth/builder'
seed_iso=$(mktemp -d)/seed.iso
make_seed builder.seed "$seed_iso"
run scp "$seed_iso" 10.20.0.12:/var/lib/libvirt/images/berth/builder/seed-c1cc82ad.iso
rm -rf "$(dirname "$seed_iso")"

# network apps
run virsh -c "$uri" net-define networks/apps.xml
run virsh -c "$uri" net-autostart apps
start_network apps

# vm builder
run virsh -c "$uri" define builder.xml
start_domain builder
