"""Bisection algorithms: search and insertion in sorted sequences (Taipan's own; the work is
done by the Java module _bisect)."""

from _bisect import bisect_left, bisect_right, insort_left, insort_right

bisect = bisect_right
insort = insort_right
