"""A Jinja sandbox with bounds, so that a letter template cannot stop a workstation (Vorlagen mit Grenzen).

Jinja's :class:`ImmutableSandboxedEnvironment` keeps a template away from Python's internals, but not from
costing without end: ``{{ 7 ** (10 ** 8) }}``, ``{{ 'x' * 10 ** 9 }}``, two nested loops over ``range(100000)``
or a macro that calls itself run for minutes or exhaust the memory. :class:`BoundedSandbox` bounds one rendering
(one :class:`RenderBudget`, shared by the subject, salutation and body of a letter) in

- **time**: a deadline, checked at every step the template takes (each loop iteration, call, filter, operator,
  attribute and output), with Python's cycle collector waiting meanwhile (its pauses are not the template's);
- **loop iterations** and **calls** (macros, methods, functions) in total, and the **depth** of nested macro calls;
- **size** of every value the template makes (characters, elements, bits of a number), checked *before* the
  operations that multiply (``*``, ``**``, ``~``, ``join``, ``replace``, …), so a huge value is never built;
- **text produced** by ``{{ … }}`` anywhere, macros included (the caller bounds the length of the result).

Exceeding a bound raises :class:`RenderLimitExceeded` naming it; :mod:`models.letter_templates` turns that into
the typed :class:`~models.errors.TemplateTooCostly`. What a letter text needs stays allowed: placeholders, ``if``,
``for`` over the lists of a letter, macros, the usual filters (``join``, ``upper``, ``default``, ``truncate``, …)
and the harmless string methods. Filters and methods that only make sense for HTML or can blow a value up without
need (``format``, ``%``-formatting, ``tojson``, ``urlize``, ``expandtabs``, ``lipsum``, …) are not available.
"""

from __future__ import annotations

import functools
import gc
import inspect
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.filters import FILTERS
from jinja2.runtime import Context, LoopContext, Macro
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from jinja2.utils import Namespace


@dataclass(frozen=True)
class RenderLimits:
    """The bounds of one rendering (all three fields of a letter together)."""

    seconds: float = 1.0
    iterations: int = 10_000  # loop iterations in total
    calls: int = 10_000  # macro, method and function calls in total
    depth: int = 30  # nested macro calls (a macro calling itself)
    value_size: int = 100_000  # characters of a text, elements of a list (nested ones counted)
    produced: int = 200_000  # characters output by {{ … }} in total, inside macros too
    number_bits: int = 256  # integers beyond 10**77 are no letter's business

    def scaled(self, factor: float) -> RenderLimits:
        """Stricter (``factor`` < 1) bounds, e.g. for checking a template with sample values."""
        return RenderLimits(
            seconds=self.seconds * factor,
            iterations=int(self.iterations * factor),
            calls=int(self.calls * factor),
            depth=self.depth,
            value_size=self.value_size,
            produced=int(self.produced * factor),
            number_bits=self.number_bits,
        )


class RenderLimitExceeded(Exception):
    """A bound of :class:`RenderLimits` was reached; ``limit`` names it, ``bound`` is its value."""

    def __init__(self, limit: str, bound: float) -> None:
        super().__init__(f"template rendering exceeded its {limit} limit ({bound})")
        self.limit = limit
        self.bound = bound


@dataclass
class RenderBudget:
    """What one rendering has used so far."""

    limits: RenderLimits
    deadline: float = field(init=False)
    iterations: int = 0
    calls: int = 0
    depth: int = 0
    produced: int = 0

    def __post_init__(self) -> None:
        self.restart()

    def restart(self) -> None:
        """The deadline from now."""
        self.deadline = time.monotonic() + self.limits.seconds

    def step(self) -> None:
        if time.monotonic() > self.deadline:
            raise RenderLimitExceeded("time", self.limits.seconds)

    def iteration(self) -> None:
        self.iterations += 1
        if self.iterations > self.limits.iterations:
            raise RenderLimitExceeded("loop", self.limits.iterations)
        self.step()

    def call(self) -> None:
        self.calls += 1
        if self.calls > self.limits.calls:
            raise RenderLimitExceeded("calls", self.limits.calls)
        self.step()

    def output(self, characters: int) -> None:
        self.produced += characters
        if self.produced > self.limits.produced:
            raise RenderLimitExceeded("output", self.limits.produced)
        self.step()


_BUDGET: ContextVar[RenderBudget | None] = ContextVar("template_render_budget", default=None)


@contextmanager
def bounded(limits: RenderLimits) -> Iterator[RenderBudget]:
    """Renderings inside this block share one budget (per thread: the budget lives in a context variable).

    Python's collection of reference cycles waits meanwhile (:func:`_no_cycle_collection`): in a process that holds
    millions of objects — a workstation after a day's work — one full collection takes a third of a second, which is
    not the template's cost, and a template checked within a quarter of a second was refused for "time" by it. A
    rendering's own garbage is bounded by the same limits and collected afterwards."""
    budget = RenderBudget(limits)
    token = _BUDGET.set(budget)
    try:
        with _no_cycle_collection():
            budget.restart()
            yield budget
    finally:
        _BUDGET.reset(token)


_collection_lock = threading.Lock()
_renderings = 0  # renderings under way in any thread; the collector waits while there are any
_collector_was_on = False


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    global _renderings, _collector_was_on
    with _collection_lock:
        if _renderings == 0:
            _collector_was_on = gc.isenabled()
            gc.disable()
        _renderings += 1
    try:
        yield
    finally:
        with _collection_lock:
            _renderings -= 1
            if _renderings == 0 and _collector_was_on:
                gc.enable()


def _budget() -> RenderBudget:
    budget = _BUDGET.get()
    if budget is None:  # a template rendered outside :func:`bounded` is a programming error
        raise RuntimeError("letter templates are rendered only inside bounded()")
    return budget


# -- sizes ------------------------------------------------------------------------------------------------------


def value_size(value: object, limits: RenderLimits) -> int:
    """Characters and elements of ``value``, nested ones counted each time they occur; refuses too large ones.

    The walk stops as soon as the total passes the bound, so it costs at most ``limits.value_size`` steps.
    """
    total = 0
    pending: list[object] = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            total += len(item)
        elif isinstance(item, bool | float) or item is None:
            total += 1
        elif isinstance(item, int):
            if item.bit_length() > limits.number_bits:
                raise RenderLimitExceeded("number", limits.number_bits)
            total += 1
        elif isinstance(item, list | tuple | set | frozenset):
            total += 1
            pending.extend(item)
        elif isinstance(item, Mapping):
            total += 1
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, range):
            total += len(item)
        elif isinstance(item, Namespace):
            total += 1
            pending.append(object.__getattribute__(item, "_Namespace__attrs"))
        else:  # macros, loops, undefined values, lazy iterators (their items are counted when consumed)
            total += 1
        if total > limits.value_size:
            raise RenderLimitExceeded("size", limits.value_size)
    return total


def checked(value: Any) -> Any:
    """``value`` if it is within the size bound; lazy iterators are wrapped so their items count as iterations."""
    if isinstance(value, Iterator):
        return CountedIterable(value)
    value_size(value, _budget().limits)
    return value


def _refuse_beyond(estimate: int, limits: RenderLimits) -> None:
    if estimate > limits.value_size:
        raise RenderLimitExceeded("size", limits.value_size)


class CountedIterable:
    """Iterating counts each item as a loop iteration; the length stays known when the wrapped value has one."""

    def __init__(self, iterable: Iterable[Any]) -> None:
        self._iterable = iterable

    def __iter__(self) -> Iterator[Any]:
        budget = _budget()
        for item in self._iterable:
            budget.iteration()
            yield item

    def __len__(self) -> int:
        return len(self._iterable)  # type: ignore[arg-type]  # TypeError for iterators: Jinja handles it


# -- operators, methods, filters ----------------------------------------------------------------------------------


def _check_product(left: Any, right: Any, limits: RenderLimits) -> None:
    if isinstance(left, int) and isinstance(right, int):
        if left.bit_length() + right.bit_length() > limits.number_bits:
            raise RenderLimitExceeded("number", limits.number_bits)
        return
    for sequence, count in ((left, right), (right, left)):
        if isinstance(sequence, str | list | tuple) and isinstance(count, int):
            _refuse_beyond(value_size(sequence, limits) * max(count, 0), limits)


def _check_power(base: Any, exponent: Any, limits: RenderLimits) -> None:
    large = isinstance(base, int) and isinstance(exponent, int) and exponent > 0 and abs(base) > 1
    if large and (base.bit_length() - 1) * exponent >= limits.number_bits:
        raise RenderLimitExceeded("number", limits.number_bits)


def _check_sum(left: Any, right: Any, limits: RenderLimits) -> None:
    if isinstance(left, str | list | tuple) and isinstance(right, str | list | tuple):
        _refuse_beyond(value_size(left, limits) + value_size(right, limits), limits)


#: String methods a template may call (``str.format``, ``expandtabs``, ``translate``, ``encode`` are not among them).
TEXT_METHODS = frozenset(
    {
        "capitalize", "casefold", "center", "count", "endswith", "find", "index", "isalnum", "isalpha",
        "isdecimal", "isdigit", "islower", "isnumeric", "isspace", "istitle", "isupper", "join", "ljust", "lower",
        "lstrip", "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition",
        "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "upper", "zfill",
    }
)  # fmt: skip
_SEQUENCE_METHODS = frozenset({"count", "index"})
_MAPPING_METHODS = frozenset({"get", "items", "keys", "values"})


def _replaced_size(text: str, old: str, new: str, count: int | None, limits: RenderLimits) -> int:
    occurrences = text.count(old) if old else len(text) + 1
    if count is not None and count >= 0:
        occurrences = min(occurrences, count)
    return len(text) + occurrences * len(new)


def _joined(items: Iterable[Any], separator: str, limits: RenderLimits) -> tuple[list[Any], int]:
    materialised = list(CountedIterable(items) if isinstance(items, Iterator) else items)
    size = value_size(materialised, limits) + len(separator) * max(len(materialised) - 1, 0)
    return materialised, size


def _check_arguments(arguments: Iterable[Any], limits: RenderLimits) -> None:
    """Numbers given to a filter or method are widths, counts or lengths: none may exceed the size bound."""
    for argument in arguments:
        if isinstance(argument, int) and not isinstance(argument, bool) and abs(argument) > limits.value_size:
            raise RenderLimitExceeded("size", limits.value_size)
        value_size(argument, limits)


#: Filters a letter text may use. Those for HTML, JSON, URLs, random choices and ``%``-formatting are left out.
ALLOWED_FILTERS = frozenset(
    {
        "abs", "attr", "batch", "capitalize", "center", "count", "d", "default", "dictsort", "first", "float",
        "groupby", "indent", "int", "items", "join", "last", "length", "list", "lower", "map", "max", "min", "reject",
        "rejectattr", "replace", "reverse", "round", "select", "selectattr", "slice", "sort", "string", "sum",
        "title", "trim", "truncate", "unique", "upper", "wordcount", "wordwrap",
    }
)  # fmt: skip


def _filter_estimate(name: str, arguments: dict[str, Any], limits: RenderLimits) -> None:
    """Refuse a filter call whose result would exceed the size bound, before it is built."""
    if name == "join":
        arguments["value"], size = _joined(arguments["value"], str(arguments.get("d", "")), limits)
        _refuse_beyond(size, limits)
    elif name == "replace":
        text, old, new = (str(arguments[key]) for key in ("s", "old", "new"))
        _refuse_beyond(_replaced_size(text, old, new, arguments.get("count"), limits), limits)
    elif name == "wordwrap":
        text, width = str(arguments["s"]), int(arguments.get("width", 79))
        wrap = arguments.get("wrapstring") or "\n"
        _refuse_beyond(len(text) + (len(text) // max(width, 1) + 1) * len(str(wrap)), limits)
    elif name == "indent":
        text, width = str(arguments["s"]), arguments.get("width", 4)
        prefix = width if isinstance(width, int) else len(str(width))
        _refuse_beyond(len(text) + (text.count("\n") + 1) * prefix, limits)
    elif name == "sum" and not isinstance(arguments.get("start", 0), int | float):
        raise SecurityError("sum() only adds numbers in letter templates")


def _guarded_filter(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    # Filters with an async variant wrap the plain one and prepend an argument to tell them apart; the sandbox
    # never renders asynchronously, so the plain one is used directly.
    function = getattr(function, "__wrapped__", function)
    signature = inspect.signature(function)
    passes_context = getattr(function, "jinja_pass_arg", None) is not None

    @functools.wraps(function)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        budget = _budget()
        budget.call()
        bound = signature.bind(*args, **kwargs)
        arguments = dict(bound.arguments)
        data = [value for value in list(arguments.values())[1 if passes_context else 0 :]]
        if data and not isinstance(data[0], Iterator):
            value_size(data[0], budget.limits)  # the value filtered: any number, but not too large
        _check_arguments((value for value in data[1:] if not isinstance(value, Iterator)), budget.limits)
        _filter_estimate(name, arguments, budget.limits)
        bound.arguments.update(arguments)
        return checked(function(*bound.args, **bound.kwargs))

    return guarded


# -- code generation: count loop iterations, check joined texts and literals ---------------------------------------


class _BoundedCodeGenerator(CodeGenerator):
    """Compiles what a ``{% for %}`` iterates over as ``environment.counted(…)``, a joined text (``~``) as
    ``environment.concat_checked(…)``, list, tuple and dict literals as ``environment.checked(…)`` and literal
    output as ``environment.literal(…)``."""

    _loop_iterables: frozenset[int] = frozenset()

    def visit_Template(self, node: nodes.Template, frame: Frame | None = None) -> None:
        self._loop_iterables = frozenset(id(loop.iter) for loop in node.find_all(nodes.For))
        super().visit_Template(node, frame)

    def visit(self, node: nodes.Node, *args: Any, **kwargs: Any) -> Any:
        if id(node) not in self._loop_iterables:
            return super().visit(node, *args, **kwargs)
        self.write("environment.counted(")
        super().visit(node, *args, **kwargs)
        self.write(")")
        return None

    def _output_const_repr(self, group: Iterable[Any]) -> str:
        # Literal text counts towards the text produced, too: a loop repeating a long literal inside a macro
        # would otherwise build its whole result before any bound is checked.
        return f"environment.literal({super()._output_const_repr(group)})"

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.concat_checked((")
        for part in node.nodes:
            self.visit(part, frame)
            self.write(", ")
        self.write("))")

    def visit_List(self, node: nodes.List, frame: Frame) -> None:
        self.write("environment.checked(")
        super().visit_List(node, frame)
        self.write(")")

    def visit_Dict(self, node: nodes.Dict, frame: Frame) -> None:
        self.write("environment.checked(")
        super().visit_Dict(node, frame)
        self.write(")")

    def visit_Tuple(self, node: nodes.Tuple, frame: Frame) -> None:
        if node.ctx != "load":  # an assignment target: ``{% for a, b in … %}``
            super().visit_Tuple(node, frame)
            return
        self.write("environment.checked(")
        super().visit_Tuple(node, frame)
        self.write(")")


def _finalize(value: Any) -> Any:
    """Every ``{{ … }}`` passes here before it becomes text: its size counts towards the text produced."""
    budget = _budget()
    budget.output(value_size(value, budget.limits))
    return value


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox with the bounds of the module docstring; render only inside :func:`bounded`."""

    code_generator_class = _BoundedCodeGenerator
    intercepted_binops = frozenset({"*", "**", "+", "-", "/", "//", "%"})
    intercepted_unops = frozenset({"-", "+"})

    def __init__(self, **options: Any) -> None:
        super().__init__(finalize=_finalize, **options)
        self.globals.pop("lipsum", None)
        self.filters = {name: _guarded_filter(name, FILTERS[name]) for name in sorted(ALLOWED_FILTERS)}

    # Called by the compiled template (see _BoundedCodeGenerator).
    @staticmethod
    def counted(iterable: Iterable[Any]) -> CountedIterable:
        return CountedIterable(iterable)

    @staticmethod
    def literal(text: str) -> str:
        _budget().output(len(text))
        return text

    @staticmethod
    def checked(value: Any) -> Any:
        _budget().step()
        return checked(value)

    @staticmethod
    def concat_checked(parts: tuple[Any, ...]) -> str:
        budget = _budget()
        budget.step()
        _refuse_beyond(sum(value_size(part, budget.limits) for part in parts), budget.limits)
        return checked("".join(map(str, parts)))

    # The sandbox's hooks.
    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if isinstance(obj, str):
            return attr in TEXT_METHODS
        if isinstance(obj, bool | int | float):
            return False
        if isinstance(obj, tuple) and attr in getattr(type(obj), "_fields", ()):
            return True  # a named tuple, e.g. a group of ``groupby``: ``group.grouper``, ``group.list``
        if isinstance(obj, list | tuple | range):
            return attr in _SEQUENCE_METHODS
        if isinstance(obj, Mapping):
            return attr in _MAPPING_METHODS
        return super().is_safe_attribute(obj, attr, value)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        return None  # str.format is not among TEXT_METHODS: refused by is_safe_attribute instead

    def getattr(self, obj: Any, attribute: str) -> Any:
        _budget().step()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        _budget().step()
        return super().getitem(obj, argument)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        budget = _budget()
        budget.step()
        if operator == "%" and isinstance(left, str):
            raise SecurityError("%-formatting is not available in letter templates")
        if operator == "*":
            _check_product(left, right, budget.limits)
        elif operator == "**":
            _check_power(left, right, budget.limits)
        elif operator == "+":
            _check_sum(left, right, budget.limits)
        return checked(super().call_binop(context, operator, left, right))

    def call_unop(self, context: Context, operator: str, arg: Any) -> Any:
        _budget().step()
        return super().call_unop(context, operator, arg)

    def call(self, context: Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        budget = _budget()
        budget.call()
        owner = getattr(obj, "__self__", None)
        if isinstance(owner, str):
            args = self._text_method_arguments(owner, getattr(obj, "__name__", ""), args, kwargs, budget.limits)
        nested = isinstance(obj, Macro | LoopContext)
        if isinstance(obj, LoopContext) and args:  # a recursive loop descending: its items count too
            args = (CountedIterable(args[0]), *args[1:])
        if nested:
            budget.depth += 1
            if budget.depth > budget.limits.depth:
                raise RenderLimitExceeded("recursion", budget.limits.depth)
        try:
            return checked(super().call(context, obj, *args, **kwargs))
        finally:
            if nested:
                budget.depth -= 1

    @staticmethod
    def _text_method_arguments(
        text: str, method: str, args: tuple[Any, ...], kwargs: dict[str, Any], limits: RenderLimits
    ) -> tuple[Any, ...]:
        if method == "join" and args:
            items, size = _joined(args[0], text, limits)
            _refuse_beyond(size, limits)
            return (items, *args[1:])
        _check_arguments((*args, *kwargs.values()), limits)
        if method == "replace" and len(args) >= 2:
            count = args[2] if len(args) > 2 else kwargs.get("count")
            _refuse_beyond(_replaced_size(text, str(args[0]), str(args[1]), count, limits), limits)
        return args
