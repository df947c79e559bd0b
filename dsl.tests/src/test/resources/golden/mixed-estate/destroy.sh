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

# containers on worker
run scp -r docker/worker 10.30.0.20:berth-worker
run ssh 10.30.0.20 'nerdctl compose -p berth-worker -f berth-worker/compose.yaml down'

# containers on win1
run env DOCKER_HOST=ssh://10.20.0.21 docker compose -p berth-win1 -f docker/win1/compose.yaml down

# containers on kvm2
run env DOCKER_HOST=ssh://10.20.0.12 docker compose -p berth-kvm2 -f docker/kvm2/compose.yaml down

# containers on kvm1
run env CONTAINER_HOST=ssh://10.20.0.11 podman-compose -p berth-kvm1 -f docker/kvm1/compose.yaml down

# VMs on esx1
if "$dry_run" || virsh -c "${LIBVIRT_DEFAULT_URI:-esx://10.20.0.31}" domstate vcenter | grep running >/dev/null; then
  run virsh -c "${LIBVIRT_DEFAULT_URI:-esx://10.20.0.31}" destroy vcenter
fi
run virsh -c "${LIBVIRT_DEFAULT_URI:-esx://10.20.0.31}" undefine --nvram vcenter
if "$dry_run" || virsh -c "${LIBVIRT_DEFAULT_URI:-esx://10.20.0.31}" domstate erp | grep running >/dev/null; then
  run virsh -c "${LIBVIRT_DEFAULT_URI:-esx://10.20.0.31}" destroy erp
fi
run virsh -c "${LIBVIRT_DEFAULT_URI:-esx://10.20.0.31}" undefine --nvram erp
if "$dry_run" || virsh -c "${LIBVIRT_DEFAULT_URI:-esx://10.20.0.31}" net-info lan | grep -E '^Active: +yes' >/dev/null; then
  run virsh -c "${LIBVIRT_DEFAULT_URI:-esx://10.20.0.31}" net-destroy lan
fi
run virsh -c "${LIBVIRT_DEFAULT_URI:-esx://10.20.0.31}" net-undefine lan

# VMs on win1
if "$dry_run" || virsh -c "${LIBVIRT_DEFAULT_URI:-hyperv://10.20.0.21}" domstate ad | grep running >/dev/null; then
  run virsh -c "${LIBVIRT_DEFAULT_URI:-hyperv://10.20.0.21}" destroy ad
fi
run virsh -c "${LIBVIRT_DEFAULT_URI:-hyperv://10.20.0.21}" undefine --nvram ad
if "$dry_run" || virsh -c "${LIBVIRT_DEFAULT_URI:-hyperv://10.20.0.21}" net-info lan | grep -E '^Active: +yes' >/dev/null; then
  run virsh -c "${LIBVIRT_DEFAULT_URI:-hyperv://10.20.0.21}" net-destroy lan
fi
run virsh -c "${LIBVIRT_DEFAULT_URI:-hyperv://10.20.0.21}" net-undefine lan

# VMs on kvm2
if "$dry_run" || virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://10.20.0.12/system}" domstate builder | grep running >/dev/null; then
  run virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://10.20.0.12/system}" destroy builder
fi
run virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://10.20.0.12/system}" undefine --nvram builder
if "$dry_run" || virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://10.20.0.12/system}" net-info apps | grep -E '^Active: +yes' >/dev/null; then
  run virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://10.20.0.12/system}" net-destroy apps
fi
run virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://10.20.0.12/system}" net-undefine apps

# VMs on kvm1
if "$dry_run" || virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://10.20.0.11/system}" domstate pg | grep running >/dev/null; then
  run virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://10.20.0.11/system}" destroy pg
fi
run virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://10.20.0.11/system}" undefine --nvram pg
if "$dry_run" || virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://10.20.0.11/system}" domstate worker | grep running >/dev/null; then
  run virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://10.20.0.11/system}" destroy worker
fi
run virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://10.20.0.11/system}" undefine --nvram worker
if "$dry_run" || virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://10.20.0.11/system}" net-info apps | grep -E '^Active: +yes' >/dev/null; then
  run virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://10.20.0.11/system}" net-destroy apps
fi
run virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://10.20.0.11/system}" net-undefine apps
if "$dry_run" || virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://10.20.0.11/system}" net-info replication | grep -E '^Active: +yes' >/dev/null; then
  run virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://10.20.0.11/system}" net-destroy replication
fi
run virsh -c "${LIBVIRT_DEFAULT_URI:-qemu+ssh://10.20.0.11/system}" net-undefine replication
