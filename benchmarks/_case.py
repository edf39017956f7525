"""A benchmark case: per library, a factory whose fresh instance returns a step function."""

from dataclasses import dataclass


@dataclass
class Case:
    """One timed workload; ``builders[lib](module)`` returns ``make`` and ``make()`` a step."""

    name: str
    builders: dict
    check_calls: int = 1


TORCHLIKE = ("chainrule", "torch")
