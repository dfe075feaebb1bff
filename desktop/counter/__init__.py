"""The counter (Schalter): a walk-in citizen's case for any service, entered keyboard-first, kept as a draft."""
