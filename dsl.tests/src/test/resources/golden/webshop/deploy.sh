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

# VMs on node1
run_script libvirt/node1/define.sh

# VMs on node2
run_script libvirt/node2/define.sh

# containers on node1
run mkdir -p docker/node1/build
run cp -R -T $ROOT/examples/webshop/api docker/node1/build/api
run mkdir -p docker/node1/env/api
run cp -R -T $ROOT/examples/webshop/api.env docker/node1/env/api/api.env
run env DOCKER_HOST=ssh://192.168.10.11 docker compose -p berth-node1 -f docker/node1/compose.yaml up -d

# containers on node2
run env DOCKER_HOST=ssh://node2 docker compose -p berth-node2 -f docker/node2/compose.yaml up -d

# containers on k8s1
run scp -r docker/k8s1 10.0.1.20:berth-k8s1
run ssh 10.0.1.20 'nerdctl compose -p berth-k8s1 -f berth-k8s1/compose.yaml up -d'
