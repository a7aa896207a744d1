#!/usr/bin/env python3
"""Sanity checks for testdata/dev60: dev4's checker (../dev4/check_gold.py), no new ids."""
import importlib.util, os

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('check_gold', os.path.join(HERE, '..', 'dev4', 'check_gold.py'))
checker = importlib.util.module_from_spec(spec)
spec.loader.exec_module(checker)
checker.check(HERE, set(), set())
