# An adapter for the official wasi-testsuite runner that runs each test through
# node:wasi exactly as wasi-probe does: with wasi-probe's own runner program in
# its `run` mode (src/runtimes/node.ts), which takes --env K=V and
# --dir HOST::GUEST before the module, like a runtime's command line.
#
# Environment: NODE (default: node) and WASI_PROBE_NODE_RUNNER, the path of
# that runner program (scripts/wasi-testsuite-truth.ts writes it).
import os
import shlex
import subprocess
from typing import Dict, List, Optional, Tuple

NODE = shlex.split(os.getenv("NODE", "node"))
RUNNER = os.getenv("WASI_PROBE_NODE_RUNNER", "node-wasi-runner.cjs")


def get_name() -> str:
    return "node"


def get_version() -> str:
    result = subprocess.run(NODE + ["--version"], encoding="UTF-8",
                            capture_output=True, check=True)
    return result.stdout.strip().lstrip("v")


def get_wasi_versions() -> List[str]:
    return ["wasm32-wasip1"]


def get_wasi_worlds() -> List[str]:
    return ["wasi:cli/command"]


def compute_argv(test_path: str,
                 args_env_root: Tuple[List[str], Dict[str, str], Optional[str]],
                 proposals: List[str],
                 wasi_world: str,
                 wasi_version: str) -> List[str]:
    args, env, root = args_env_root
    argv = NODE + ["--no-warnings", RUNNER, "run"]
    for key, value in env.items():
        argv += ["--env", f"{key}={value}"]
    if root:
        argv += ["--dir", f"{root}::/"]
    return argv + [test_path] + args
