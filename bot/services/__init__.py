"""Plain async functions between the cogs and the repositories / question engine.

Cogs translate Discord in and out; everything that decides or stores lives here or below.
"""
