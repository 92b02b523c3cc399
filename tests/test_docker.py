"""Static checks of docker/: no Docker engine runs where these tests run, so the files
are read and checked against the real CLI, settings and repository instead."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from streams import web
from streams.cli import parser
from streams.settings import Settings, environment_variables

ROOT = Path(__file__).resolve().parents[1]
DOCKER = ROOT / "docker"
COMPOSE = DOCKER / "compose.yaml"
DOCKERFILE = DOCKER / "Dockerfile"
ENV_EXAMPLE = DOCKER / ".env.example"
KNOWN = set(environment_variables())


# -- readers ----------------------------------------------------------------------------
def dockerfile_instructions(path: Path = DOCKERFILE) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with continuation lines joined and comments dropped."""
    out: list[tuple[str, str]] = []
    pending = ""
    for line in path.read_text().splitlines():
        stripped = line.strip()
        if not pending and (not stripped or stripped.startswith("#")):
            continue
        if stripped.startswith("#"):
            continue  # a comment inside a continued instruction
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        full = pending + stripped
        pending = ""
        word, _, rest = full.partition(" ")
        out.append((word.upper(), rest.strip()))
    assert not pending, "the Dockerfile ends inside a continued line"
    return out


def dockerignore_patterns(path: Path = ROOT / ".dockerignore") -> list[str]:
    return [ln.strip().rstrip("/") for ln in path.read_text().splitlines()
            if ln.strip() and not ln.strip().startswith("#")]


def _pattern(pattern: str) -> re.Pattern:
    """Docker's pattern syntax as our file uses it: `*` and `?` within one folder name,
    `**/` any number of folders."""
    out = ""
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out, i = out + "(?:.*/)?", i + 3
        elif pattern[i] == "*":
            out, i = out + "[^/]*", i + 1
        elif pattern[i] == "?":
            out, i = out + "[^/]", i + 1
        else:
            out, i = out + re.escape(pattern[i]), i + 1
    return re.compile(out)


def ignored(relpath: str, patterns: list[str]) -> bool:
    """Left out of the build context: a pattern matches the path or one of its parents
    (no `!` exceptions are used, so none are modelled)."""
    assert not any(p.startswith("!") for p in patterns)
    parts = relpath.split("/")
    prefixes = ["/".join(parts[:i]) for i in range(1, len(parts) + 1)]
    return any(_pattern(p).fullmatch(prefix) for p in patterns for prefix in prefixes)


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


def _diplo_services(compose: dict) -> dict[str, dict]:
    """The services that run the diplo image (built from docker/Dockerfile)."""
    return {name: s for name, s in compose["services"].items() if "build" in s}


# -- compose -----------------------------------------------------------------------------
def test_compose_has_the_five_services(compose):
    assert set(compose["services"]) == {"kafka", "topics", "worker", "producer", "consumer"}
    assert set(_diplo_services(compose)) == {"topics", "worker", "producer", "consumer"}
    for service in _diplo_services(compose).values():
        assert service["build"] == {"context": "..", "dockerfile": "docker/Dockerfile"}
        assert (COMPOSE.parent / service["build"]["context"] / service["build"]["dockerfile"]).resolve() == DOCKERFILE


def test_every_diplo_variable_is_one_the_cli_reads(compose):
    seen: set[str] = set()
    for name, service in _diplo_services(compose).items():
        env = service.get("environment") or {}
        keys = set(env) if isinstance(env, dict) else {e.split("=", 1)[0] for e in env}
        # Configuration only through DIPLO_* (nothing else reaches the CLI).
        assert all(k.startswith("DIPLO_") for k in keys), (name, keys)
        seen |= keys
        for entry in service.get("env_file") or []:
            path = entry["path"] if isinstance(entry, dict) else entry
            assert path == ".env", "env_file is docker/.env, made from docker/.env.example"
    example = re.findall(r"^#?\s*(DIPLO_[A-Z_]+)=", ENV_EXAMPLE.read_text(), re.M)
    image_env = set()
    for word, rest in dockerfile_instructions():
        if word == "ENV":
            image_env |= {tok.split("=", 1)[0] for tok in shlex.split(rest)}
    diplo_image_env = {k for k in image_env if k.startswith("DIPLO_")}
    assert example and diplo_image_env
    assert (seen | set(example) | diplo_image_env) <= KNOWN, (seen | set(example) | diplo_image_env) - KNOWN
    # Something that looks like ours but is misspelt would be silently ignored.
    assert not [k for k in re.findall(r"DIPLO_[A-Z_]+", COMPOSE.read_text() + ENV_EXAMPLE.read_text())
                if k not in KNOWN]


def test_every_command_is_a_real_subcommand_with_valid_flags(compose):
    commands = {name: s["command"] for name, s in _diplo_services(compose).items()}
    cmd = [json.loads(rest) for word, rest in dockerfile_instructions() if word == "CMD"]
    commands["image CMD"] = cmd[-1]
    assert commands["topics"][0] == "topics" and commands["worker"][0] == "worker"
    for name, argv in commands.items():
        assert isinstance(argv, list), f"{name}: exec form, so no shell sits between tini and diplo"
        args = parser().parse_args(argv)  # SystemExit (a failed test) on anything unknown
        for f in getattr(args, "files", None) or []:
            # The image's WORKDIR holds the seeds the Dockerfile copies from the root.
            assert (ROOT / f).is_file(), (name, f)
            assert not ignored(f, dockerignore_patterns()), (name, f)
    assert parser().parse_args(commands["consumer"]).follow


def test_compose_kafka_matches_the_local_broker_and_serves_host_and_containers(compose):
    kafka = compose["services"]["kafka"]
    assert kafka["image"] == f"apache/kafka:{Settings().kafka_version}"
    env = kafka["environment"]
    advertised = dict(item.split("://", 1) for item in env["KAFKA_ADVERTISED_LISTENERS"].split(","))
    listeners = dict(item.split("://", 1) for item in env["KAFKA_LISTENERS"].split(","))
    protocols = dict(item.split(":") for item in env["KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"].split(","))
    assert set(advertised) <= set(listeners) <= set(protocols)
    assert env["KAFKA_CONTROLLER_LISTENER_NAMES"] in listeners
    # Containers use the image's default bootstrap; the host uses a published port.
    image_env = dict(tok.split("=", 1) for word, rest in dockerfile_instructions() if word == "ENV"
                     for tok in shlex.split(rest))
    assert image_env["DIPLO_BOOTSTRAP"] in advertised.values()
    host = [v for v in advertised.values() if v.startswith("localhost:")]
    assert host and f"{host[0].split(':')[1]}:{host[0].split(':')[1]}" in kafka["ports"]
    assert "healthcheck" in kafka and env["KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR"] == 1
    import base64
    assert len(base64.urlsafe_b64decode(env["CLUSTER_ID"] + "==")) == 16  # a valid KRaft cluster id


def test_start_order_and_health(compose):
    services = compose["services"]
    assert services["topics"]["depends_on"]["kafka"]["condition"] == "service_healthy"
    assert services["worker"]["depends_on"]["topics"]["condition"] == "service_completed_successfully"
    assert services["producer"]["depends_on"]["worker"]["condition"] == "service_healthy"
    # The worker keeps the image's readiness check; the others run no web server.
    assert "healthcheck" not in services["worker"]
    for name in ("topics", "producer", "consumer"):
        assert services[name]["healthcheck"] == {"disable": True}
    # Scalable: no fixed container name or fixed host port on the worker.
    assert "container_name" not in services["worker"]
    assert all(":" not in str(p) for p in services["worker"].get("ports", []))


# -- Dockerfile ----------------------------------------------------------------------------
def test_dockerfile_is_multi_stage_slim_non_root_with_entrypoint_and_healthcheck():
    ins = dockerfile_instructions()
    froms = [rest for word, rest in ins if word == "FROM"]
    assert len(froms) == 2 and all(f.split()[0] == "python:3.11-slim" for f in froms)
    stage = froms[0].split()[-1]
    runs = [rest for word, rest in ins if word == "RUN"]
    assert any("pip wheel" in r for r in runs[:1])  # wheels built in the first stage
    install = next(r for r in runs if "pip install" in r)
    assert f"from={stage}" in install and "--no-index" in install and "[test]" not in install
    users = [rest for word, rest in ins if word == "USER"]
    assert users and users[-1] not in ("root", "0")
    assert json.loads(next(rest for word, rest in ins if word == "ENTRYPOINT")) == ["diplo"]
    health = next(rest for word, rest in ins if word == "HEALTHCHECK")
    assert "urllib" in health and web.READY_PATH in health and "DIPLO_WEB_PORT" in health
    assert "curl" not in health
    assert any("Extractor().warm()" in r for r in runs)


def test_every_path_the_dockerfile_copies_exists_and_is_in_the_context():
    patterns = dockerignore_patterns()
    copied = []
    for word, rest in dockerfile_instructions():
        if word not in ("COPY", "ADD"):
            continue
        tokens = shlex.split(rest)
        if any(t.startswith("--from") for t in tokens):
            continue  # from another stage, not from the context
        sources = [t for t in tokens if not t.startswith("--")][:-1]
        for src in sources:
            assert (ROOT / src).exists(), src
            assert not ignored(src, patterns), f"{src} is copied but .dockerignore leaves it out"
            copied.append(src)
    assert {"pyproject.toml", "README.md", "schemas", "streams", "seeds"} <= set(copied)
    # The symlink streams/schemas -> ../schemas resolves inside the image too.
    assert (ROOT / "streams" / "schemas").resolve() == (ROOT / "schemas").resolve()


def test_dockerignore_keeps_out_venv_caches_data_and_secrets():
    patterns = dockerignore_patterns()
    for path in (".venv/bin/python", ".git/HEAD", "streams/__pycache__/cli.cpython-311.pyc",
                 "streams/extract/__pycache__/x.pyc", "__pycache__/x.pyc", ".pytest_cache/v/x",
                 ".diplo-data/worker/x", "diplo_stream.egg-info/PKG-INFO", "build/lib/x.py",
                 "dist/x.whl", "docker/.env", ".env", ".mypy_cache/x", ".ruff_cache/x"):
        assert ignored(path, patterns), path
    for path in ("streams/cli.py", "streams/extract/lang/id/countries.jsonl", "schemas/paragraph.schema.json",
                 "seeds/000_b166d6fb68aa97ad.txt", "pyproject.toml", "README.md"):
        assert not ignored(path, patterns), path


def test_env_files_stay_out_of_git():
    out = subprocess.run(["git", "check-ignore", "docker/.env"], cwd=ROOT, capture_output=True, text=True)
    if out.returncode == 128:
        pytest.skip("not a git checkout")
    assert out.stdout.strip() == "docker/.env"


def test_readme_operations_names_every_service(compose):
    readme = (ROOT / "README.md").read_text()
    section = readme.split("\n## Operations", 1)[1].split("\n## ", 1)[0]
    for name in compose["services"]:
        assert f"`{name}`" in section, name
    assert "docker/.env.example" in section and ENV_EXAMPLE.is_file()
    for path in (web.LIVE_PATH, web.READY_PATH, web.METRICS_PATH):
        assert path in section


def test_docker_compose_config_where_available():
    docker = shutil.which("docker")
    if docker is None or subprocess.run([docker, "compose", "version"], capture_output=True).returncode != 0:
        pytest.skip("no `docker compose` on this machine")
    out = subprocess.run([docker, "compose", "-f", str(COMPOSE), "config", "--quiet"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
