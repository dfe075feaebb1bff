"""The registry office's certificates in the GUI: checking a certificate by its verification code."""
