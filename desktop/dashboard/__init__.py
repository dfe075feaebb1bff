"""The backlog dashboard (Übersicht): the supervisor's start screen, and a clerk's own part of it."""
