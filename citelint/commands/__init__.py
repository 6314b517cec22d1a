"""The commands: check, audit, lock, baseline, fix and rules, and the pipeline they share."""
