"""Training: reproduce quotegraph's models from PolNeAR's train split (``quotegraph train``)."""
