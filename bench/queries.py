"""A fixed list of search queries drawn from a generated corpus's own vocabulary.

Names that recur and names seen once, districts, towns, phone numbers, e-mail
addresses, topic words, two-word queries and one word the corpus never uses.
The pick depends only on the corpus (its N and seed), so two benchmark runs
ask the same questions.
"""
from __future__ import annotations

import random
from collections import Counter

from .model import ArticleSpec
from .pools import ABSENT_WORDS


class Vocabulary:
    """What the generated articles mention, counted while they are written."""

    def __init__(self) -> None:
        self.officials: Counter[str] = Counter()
        self.reporters: Counter[str] = Counter()
        self.districts: Counter[str] = Counter()
        self.places: Counter[str] = Counter()
        self.topics: Counter[str] = Counter()
        self.landlines: list[str] = []
        self.mobiles: list[str] = []
        self.emails: list[str] = []

    def add(self, spec: ArticleSpec) -> None:
        self.officials.update(spec.officials)
        self.reporters.update(spec.reporters)
        self.districts[spec.district] += 1
        self.places.update(spec.places)
        if spec.topic:
            self.topics[spec.topic] += 1
        for phone in spec.phones:
            bucket = self.landlines if "-" in phone else self.mobiles
            if len(bucket) < 500:
                bucket.append(phone)
        if len(self.emails) < 500:
            self.emails.extend(spec.emails)

    @property
    def people(self) -> int:
        return len(set(self.officials) | set(self.reporters))

    def queries(self, seed: int) -> list[str]:
        """About twenty queries, the same for the same corpus."""
        rng = random.Random(f"queries-{seed}")

        def top(counter: Counter[str], k: int, among: int) -> list[str]:
            ranked = sorted(counter, key=lambda w: (-counter[w], w))[:among]
            return rng.sample(ranked, min(k, len(ranked)))

        def some(items: list[str], k: int) -> list[str]:
            unique = sorted(set(items))
            return rng.sample(unique, min(k, len(unique)))

        once = sorted(n for n, c in self.officials.items() if c == 1)
        districts = top(self.districts, 3, 20)
        topics = top(self.topics, 3, 12)
        out = (top(self.officials, 4, 40) + some(once, 2) + districts + top(self.places, 2, 60)
               + some(self.landlines, 2) + some(self.mobiles, 1) + some(self.emails, 1) + topics)
        if districts and topics:
            out.append(f"{districts[0]} 巡察")
            out.append(f"{districts[-1]} {topics[0]}")
        out.append(ABSENT_WORDS[0])
        return list(dict.fromkeys(out))
