#!/bin/sh
# A plain CI step: exit 1 on findings at warning or above, 2 on a usage error, 3 on an internal error.
set -eu
berth lint --failure-threshold warning --format gnu .
