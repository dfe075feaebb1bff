"""Lists of common passwords that the password policy refuses (package data; sources and licences in SOURCE.md)."""
