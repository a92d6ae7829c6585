# Every target sets itself up: a fresh clone needs only Python 3.11 (and apt for the
# browser and redis-server the tests use).
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | sha1sum | cut -c1-12)

.PHONY: install run test lint typecheck eval train bench system-packages clean

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

# Web on http://127.0.0.1:8000 plus one Celery worker (with the beat scheduler
# embedded), on SQLite and the filesystem broker unless DATABASE_URL / REDIS_URL
# are set. Ctrl-C stops both.
run: install
	$(PY) manage.py migrate --noinput
	@echo "Starting web on http://127.0.0.1:8000 and a Celery worker; Ctrl-C stops both."
	@trap 'kill 0' INT TERM EXIT; \
	$(VENV)/bin/celery -A config worker --beat --loglevel=INFO --concurrency=2 & \
	$(PY) manage.py runserver 127.0.0.1:8000 & \
	wait

system-packages:
	bash scripts/ensure_system_packages.sh

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: install
	$(VENV)/bin/mypy .

test: install system-packages lint typecheck
	$(VENV)/bin/pytest

eval: install
	$(PY) scripts/eval_classifier.py

# Retrain the classifier's learned model on every labelled set (after adding one to
# tests/classifier/, or changing how the rules find names); writes
# triage/classifier/model.json. `--cross-validate` scores it on each set held out.
train: install
	$(PY) scripts/train_classifier_model.py

bench: install system-packages
	$(PY) scripts/bench_classifier.py
	$(PY) scripts/bench_pipeline.py
	$(PY) scripts/bench_dashboard.py

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
