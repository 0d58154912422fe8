<#include "missing.ftl">
