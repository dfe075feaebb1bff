"""The registers a clerk looks up (Register menu): the resident register now; dogs and properties to come."""
