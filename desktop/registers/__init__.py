"""The registers a clerk looks up (Register menu): residents, dogs, and properties with their waste bins."""
