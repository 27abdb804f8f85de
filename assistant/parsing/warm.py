"""Imported once by the parser processes' fork server (``assistant/parse_worker.py``): the parser, dateparser's
Swedish and English data and the intent and people models' weights, loaded there, so that every worker forked from it starts
warm (a replacement for a killed worker is ready in milliseconds, not the 0.3 s of a cold start)."""

from __future__ import annotations

import gc

import assistant.inbound  # what a worker imports to read a message, and the parser
import assistant.parsing.parser  # noqa: F401
from assistant.parsing.dates import warm_up
from assistant.parsing.people_opinion import model as people_model
from assistant.parsing.second_opinion import model

warm_up()
model()       # the intent model's weights, read once here rather than by each worker's first message
people_model()  # (and the people model's)
gc.freeze()   # what is loaded here is never collected: a worker's collections need not walk (and copy) it
