from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

T = TypeVar("T")


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of at most `size` items, so large imports stay flat in memory."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
