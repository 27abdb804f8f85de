"""The event's rules, one small named rule per module; their order is in ``order.py``."""
