"""Qt item models over the plain records that app/ services return."""
