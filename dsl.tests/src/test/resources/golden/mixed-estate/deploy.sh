#!/usr/bin/env bash
# Deploys the whole site: the VMs of each machine, then its containers.
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

run_script() {
  if "$dry_run"; then
    bash "$1" --dry-run
  else
    bash "$1"
  fi
}

write_secret() {
  if "$dry_run"; then
    printf 'write the value of $%s to %s, readable by its owner only\n' "$2" "$1"
    return
  fi
  if [[ -z ${!2+set} ]]; then
    echo "the environment variable $2 is not set; it holds a secret that $1 needs" >&2
    exit 1
  fi
  mkdir -p "$(dirname "$1")"
  (umask 077 && printf '%s' "${!2}" >"$1")
}

# VMs on kvm1
run_script libvirt/kvm1/define.sh

# VMs on kvm2
run_script libvirt/kvm2/define.sh

# VMs on win1
run_script libvirt/win1/define.sh

# VMs on esx1
run_script libvirt/esx1/define.sh

# containers on kvm1
run env CONTAINER_HOST=ssh://10.20.0.11 podman-compose -p berth-kvm1 -f docker/kvm1/compose.yaml up -d

# containers on kvm2
run env DOCKER_HOST=ssh://10.20.0.12 docker compose -p berth-kvm2 -f docker/kvm2/compose.yaml up -d

# containers on win1
write_secret docker/win1/secrets/ad_bind_password AD_BIND_PASSWORD
run env DOCKER_HOST=ssh://10.20.0.21 docker compose -p berth-win1 -f docker/win1/compose.yaml up -d

# containers on worker
run scp -r docker/worker 10.30.0.20:berth-worker
run ssh 10.30.0.20 'nerdctl compose -p berth-worker -f berth-worker/compose.yaml up -d'
