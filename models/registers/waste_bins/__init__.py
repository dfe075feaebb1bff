"""The waste-bin register (Müllgefäße): the statute's tariff and minimum volume, as data."""
