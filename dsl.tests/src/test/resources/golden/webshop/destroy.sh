#!/usr/bin/env bash
# Takes the whole site down in the reverse order of deploy.sh; VM disks are kept.
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

# containers on k8s1
run scp -r docker/k8s1 10.0.1.20:berth-k8s1
run ssh 10.0.1.20 'nerdctl compose -p berth-k8s1 -f berth-k8s1/compose.yaml down'

# containers on node2
run env DOCKER_HOST=ssh://node2 docker compose -p berth-node2 -f docker/node2/compose.yaml down

# containers on node1
run env DOCKER_HOST=ssh://192.168.10.11 docker compose -p berth-node1 -f docker/node1/compose.yaml down

# VMs on node2
if "$dry_run" || virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://node2/system}" domstate k8s1 | grep running >/dev/null; then
  run virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://node2/system}" destroy k8s1
fi
run virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://node2/system}" undefine --nvram k8s1
if "$dry_run" || virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://node2/system}" net-info front | grep -E '^Active: +yes' >/dev/null; then
  run virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://node2/system}" net-destroy front
fi
run virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://node2/system}" net-undefine front

# VMs on node1
if "$dry_run" || virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://192.168.10.11/system}" domstate db | grep running >/dev/null; then
  run virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://192.168.10.11/system}" destroy db
fi
run virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://192.168.10.11/system}" undefine --nvram db
if "$dry_run" || virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://192.168.10.11/system}" net-info front | grep -E '^Active: +yes' >/dev/null; then
  run virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://192.168.10.11/system}" net-destroy front
fi
run virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://192.168.10.11/system}" net-undefine front
if "$dry_run" || virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://192.168.10.11/system}" net-info lan | grep -E '^Active: +yes' >/dev/null; then
  run virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://192.168.10.11/system}" net-destroy lan
fi
run virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://192.168.10.11/system}" net-undefine lan
