"""Scale benchmark: a deterministic corpus generator and a build/search harness.

``python -m bench.corpus`` writes a synthetic archive; ``python -m bench``
builds it at several sizes and prints time per stage, memory and sizes;
``python -m bench --pagefind`` also compares the search with Pagefind.
"""
