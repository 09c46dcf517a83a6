# An adapter for the official wasi-testsuite runner that runs each test through
# Deno's node:wasi exactly as wasi-probe does (src/runtimes/deno.ts): `deno run`
# with the same flags and permissions on wasi-probe's runner program in its
# `run` mode, which takes --env K=V and --dir HOST::GUEST before the module.
#
# Environment: DENO (default: deno) and WASI_PROBE_DENO_RUNNER, the path of
# that runner program (scripts/wasi-testsuite-truth.ts writes it).
import os
import shlex
import subprocess
from typing import Dict, List, Optional, Tuple

DENO = shlex.split(os.getenv("DENO", "deno"))
RUNNER = os.getenv("WASI_PROBE_DENO_RUNNER", "deno-wasi-runner.cjs")


def get_name() -> str:
    return "deno"


def get_version() -> str:
    result = subprocess.run(DENO + ["--version"], encoding="UTF-8",
                            capture_output=True, check=True)
    return result.stdout.split()[1]


def get_wasi_versions() -> List[str]:
    return ["wasm32-wasip1"]


def get_wasi_worlds() -> List[str]:
    return ["wasi:cli/command"]


def permission(flag: str, paths: List[str]) -> str:
    return flag if any("," in path for path in paths) else f"{flag}={','.join(paths)}"


def compute_argv(test_path: str,
                 args_env_root: Tuple[List[str], Dict[str, str], Optional[str]],
                 proposals: List[str],
                 wasi_world: str,
                 wasi_version: str) -> List[str]:
    args, env, root = args_env_root
    hosts = [str(root)] if root else []
    argv = DENO + ["run", "--quiet", "--no-prompt", "--no-config", "--no-lock",
                   "--no-npm", "--no-remote",
                   permission("--allow-read", [str(test_path)] + hosts)]
    if hosts:
        argv.append(permission("--allow-write", hosts))
    argv += [RUNNER, "run"]
    for key, value in env.items():
        argv += ["--env", f"{key}={value}"]
    if root:
        argv += ["--dir", f"{root}::/"]
    return argv + [test_path] + args
