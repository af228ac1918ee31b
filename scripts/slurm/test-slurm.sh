#!/usr/bin/env bash
# npm run test:slurm: runs a sharded reproduce (and sweep) as a Slurm array job on a
# single-node cluster started here, merges the shards, and checks that the merged output is
# the unsharded run's, timing aside. Installs Debian's slurmctld, slurmd and munge when
# absent; runs every daemon as root with its configuration in a temporary directory, and
# stops each daemon it started on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
cli=(node "$repo/$(node -p 'require("./package.json").bin["why-alignment"]')")
say() { echo "test:slurm: $*" >&2; }
[ "$(id -u)" = 0 ] || { say "run as root: it starts munged, slurmctld and slurmd"; exit 2; }

missing=0
for tool in slurmctld slurmd munged mungekey sbatch squeue scontrol sinfo; do command -v "$tool" >/dev/null || missing=1; done
if [ "$missing" = 1 ]; then
  say "installing slurmctld, slurmd and munge from Debian"
  apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends slurmctld slurmd slurm-client munge >&2
fi

tmp=$(mktemp -d /tmp/why-alignment-slurm.XXXXXX)
chmod 755 "$tmp" # munged wants its socket's directories searchable by all
pids=()
jobs_submitted=()
export SLURM_CONF=$tmp/slurm.conf
child=
# Runs a command in the background and waits for it, so that a signal stops the test at once.
run() { "$@" & child=$! && wait "$child"; }
cleanup() {
  status=$?
  [ -z "$child" ] || kill "$child" 2>/dev/null || true
  if [ ${#jobs_submitted[@]} != 0 ]; then
    # cancel, then let slurmd see the job steps end before it stops, so no slurmstepd outlives it
    scancel "${jobs_submitted[@]}" 2>/dev/null || true
    for _ in $(seq 150); do [ -z "$(squeue -h 2>/dev/null)" ] && break; sleep 0.2; done
  fi
  for ((k = ${#pids[@]} - 1; k >= 0; k--)); do kill "${pids[k]}" 2>/dev/null || true; done
  for p in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$p" 2>/dev/null || true
  done
  wait 2>/dev/null || true
  # a process still holding a file in $tmp (a job step cut off by a signal) is this test's own
  for d in /proc/[0-9]*; do
    [ "${d#/proc/}" != $$ ] && ls -l "$d/fd" 2>/dev/null | grep -qF "$tmp/" && kill -9 "${d#/proc/}" 2>/dev/null || true
  done
  if [ "$status" != 0 ]; then
    say "FAILED; the daemons' and jobs' logs:"
    tail -n 20 "$tmp"/*.log "$tmp"/out/* >&2 2>/dev/null || true
  fi
  rm -rf "$tmp"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Waits up to $1 seconds for the command after it to succeed.
await() {
  local limit=$1 && shift
  for _ in $(seq $((limit * 5))); do "$@" >/dev/null 2>&1 && return 0; sleep 0.2; done
  say "timed out after ${limit} s waiting for: $*" && return 1
}
# Two distinct free ports: both sockets are open at once, so the kernel cannot hand out one twice.
read -r ctld_port slurmd_port < <(node -e "
  const net = require('net'), a = net.createServer().listen(0, '127.0.0.1', () => {
    const b = net.createServer().listen(0, '127.0.0.1', () => { console.log(a.address().port, b.address().port); a.close(); b.close(); });
  });")

host=$(hostname -s)
mkdir -p "$tmp/munge" "$tmp/state" "$tmp/spool" "$tmp/out" "$tmp/shards"
mungekey --create --keyfile="$tmp/munge/munge.key"
munged --foreground --key-file="$tmp/munge/munge.key" --socket="$tmp/munge/socket" \
  --pid-file="$tmp/munge/munged.pid" --seed-file="$tmp/munge/seed" >"$tmp/munged.log" 2>&1 &
pids+=($!)
await 10 munge --socket="$tmp/munge/socket" -n

cat >"$SLURM_CONF" <<CONF
ClusterName=whyalignment
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$tmp/munge/socket
CredType=cred/munge
StateSaveLocation=$tmp/state
SlurmdSpoolDir=$tmp/spool
SlurmctldPidFile=$tmp/slurmctld.pid
SlurmdPidFile=$tmp/slurmd.pid
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
ReturnToService=2
NodeName=$host NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=test Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
slurmctld -D -f "$SLURM_CONF" >"$tmp/slurmctld.log" 2>&1 &
pids+=($!)
await 30 bash -c 'scontrol ping | grep -q UP'
slurmd -D -f "$SLURM_CONF" -N "$host" >"$tmp/slurmd.log" 2>&1 &
pids+=($!)
await 60 bash -c '[ "$(sinfo -h -N -o %t)" = idle ]'
say "single-node cluster up on $host ($(nproc) CPUs)"

# Submits COMMAND OPTIONS… as an array of $2 tasks, waits, merges, and compares with the unsharded run.
check() {
  local command=$1 tasks=$2 && shift 2
  local out
  out=$(SHARD_DIR="$tmp/shards/$command" sbatch --parsable --array="1-$tasks" --cpus-per-task=1 \
    --output="$tmp/out/%A_%a.log" scripts/slurm/reproduce-array.sbatch "$command" "$@")
  jobs_submitted+=("$out")
  say "job $out: $command $* in $tasks shards; waiting"
  await 600 bash -c "[ -z \"\$(squeue -h -j $out 2>/dev/null)\" ]"
  [ "$(ls "$tmp/shards/$command" | wc -l)" = "$tasks" ] || { say "job $out wrote $(ls "$tmp/shards/$command" | wc -l) of $tasks shards"; return 1; }
  run "${cli[@]}" merge "$tmp/shards/$command"/*.shard --json >"$tmp/merged.json"
  run "${cli[@]}" "$command" "$@" --json >"$tmp/single.json"
  node -e '
    const [a, b] = process.argv.slice(1).map((f) => JSON.parse(require("fs").readFileSync(f, "utf8")));
    delete a.seconds; delete b.seconds; delete a.run; delete b.run; // what the run cost: reproduce alone reports it
    if (JSON.stringify(a) !== JSON.stringify(b)) { console.error("merged JSON differs from the unsharded JSON"); process.exit(1); }
  ' "$tmp/merged.json" "$tmp/single.json"
  say "job $out: merged JSON equals the unsharded JSON, timing aside"
}

# 95 trials in 64 blocks: shards 2 and 3 start inside a block, so merge re-sums a cut block
check reproduce 3 --layers 20 --width 30 --batch 10 --trials 95 --seed 13
check sweep 3 --trials 3 --seed 13
say "passed"
