# An adapter for the official wasi-testsuite runner that runs each test through
# Bun exactly as wasi-probe does (src/runtimes/bun.ts): `bun ./test.wasm args`,
# reading no .env and no bunfig.toml (an empty one is given with --config), in
# an empty working directory that is also the module's / (WASM_ROOT_DIR).
# Bun has no option to set a module's environment or to preopen a directory,
# so a test's env and root are not passed: wasi-probe calls such tests
# unsupported on Bun, and its verdicts are compared on the others.
#
# Environment: BUN (default: bun).
import os
import shlex
import subprocess
import tempfile
from typing import Dict, List, Optional, Tuple

BUN = shlex.split(os.getenv("BUN", "bun"))


def get_name() -> str:
    return "bun"


def get_version() -> str:
    result = subprocess.run(BUN + ["--version"], encoding="UTF-8",
                            capture_output=True, check=True)
    return result.stdout.strip()


def get_wasi_versions() -> List[str]:
    return ["wasm32-wasip1"]


def get_wasi_worlds() -> List[str]:
    return ["wasi:cli/command"]


def compute_argv(test_path: str,
                 args_env_root: Tuple[List[str], Dict[str, str], Optional[str]],
                 proposals: List[str],
                 wasi_world: str,
                 wasi_version: str) -> List[str]:
    args, _env, _root = args_env_root
    test_path = str(test_path)
    # As wasi-probe runs it: bun's wasi runner preopens / as $WASM_ROOT_DIR (the host's / when
    # unset), and wasi-probe points it at the run's own empty working directory.
    scratch = tempfile.mkdtemp(prefix="wasi-probe-bun-")
    return ["env", "-C", scratch, f"WASM_ROOT_DIR={scratch}"] + BUN + [
        "--no-env-file", "--config=/dev/null", os.path.abspath(test_path)] + args
