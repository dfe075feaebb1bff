"""The supervisor's room: redistribution of work, absences of staff, claims left untouched."""
