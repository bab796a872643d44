-- CreateEnum
CREATE TYPE "SanctionAuthority" AS ENUM ('ofac', 'us', 'eu', 'uk', 'un', 'other');

-- CreateEnum
CREATE TYPE "LicenceKind" AS ENUM ('general', 'specific');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "EntityType" ADD VALUE 'designation';
ALTER TYPE "EntityType" ADD VALUE 'waiver';

-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "designationId" TEXT,
ADD COLUMN     "waiverId" TEXT;

-- CreateTable
CREATE TABLE "Designation" (
    "id" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "authority" "SanctionAuthority" NOT NULL,
    "authorityName" TEXT,
    "programme" TEXT,
    "listedOn" DATE,
    "listedPrecision" "DatePrecision",
    "listedOnOrBefore" BOOLEAN NOT NULL DEFAULT false,
    "delistedOn" DATE,
    "delistedPrecision" "DatePrecision",
    "note" TEXT,
    "status" "RecordStatus" NOT NULL DEFAULT 'draft',
    "deletedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Designation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Waiver" (
    "id" TEXT NOT NULL,
    "kind" "LicenceKind" NOT NULL,
    "name" TEXT,
    "actorId" TEXT NOT NULL,
    "designationId" TEXT,
    "eventId" TEXT,
    "validFrom" DATE,
    "fromPrecision" "DatePrecision",
    "validTo" DATE,
    "toPrecision" "DatePrecision",
    "note" TEXT,
    "status" "RecordStatus" NOT NULL DEFAULT 'draft',
    "deletedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Waiver_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Designation_actorId_idx" ON "Designation"("actorId");

-- CreateIndex
CREATE INDEX "Waiver_actorId_idx" ON "Waiver"("actorId");

-- CreateIndex
CREATE INDEX "Waiver_designationId_idx" ON "Waiver"("designationId");

-- CreateIndex
CREATE INDEX "Citation_designationId_idx" ON "Citation"("designationId");

-- CreateIndex
CREATE INDEX "Citation_waiverId_idx" ON "Citation"("waiverId");

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_designationId_fkey" FOREIGN KEY ("designationId") REFERENCES "Designation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_waiverId_fkey" FOREIGN KEY ("waiverId") REFERENCES "Waiver"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Designation" ADD CONSTRAINT "Designation_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Waiver" ADD CONSTRAINT "Waiver_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Waiver" ADD CONSTRAINT "Waiver_designationId_fkey" FOREIGN KEY ("designationId") REFERENCES "Designation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Waiver" ADD CONSTRAINT "Waiver_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;
